using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Cli.Generate;

/// <summary>One generated benefit period in day numbers; <see cref="Aaben"/> as end = still running.</summary>
internal readonly record struct GenPeriode(short Kommune, Ydelsesgruppe Gruppe, int Start, int Slut)
{
    public const int Aaben = int.MaxValue;

    public bool ErAaben => Slut == Aaben;
}
