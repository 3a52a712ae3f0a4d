namespace JobcenterTilsyn.Domain.Registre;

/// <summary>Type of offer or support (data-contract.md, indsatser.csv).</summary>
public enum Indsatstype : short
{
    Virksomhedspraktik = 1,
    Nytteindsats = 2,
    Loentilskud = 3,
    OrdinaerUddannelse = 4,
    Oevo = 5,
    Mentor = 6,
}
