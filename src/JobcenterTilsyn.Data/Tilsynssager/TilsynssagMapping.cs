using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>Between the stored rows and the domain's <see cref="Tilsynssag"/>.</summary>
internal static class TilsynssagMapping
{
    public static Tilsynssag TilDomaene(TilsynssagEntity e, IEnumerable<TilsynssagHaendelseEntity> historik) => new()
    {
        Kommunekode = e.Kommunekode,
        Aar = e.Aar,
        Grundlag = new Sagsgrundlag(e.Aar,
            UdpegningskategoriKoder.TryKategori(e.GrundlagKategori, out var kategori) ? kategori : Udpegningskategori.Ingen,
            e.GrundlagResultatKriterie, e.GrundlagIndsatsKriterie, e.GrundlagRang, e.GrundlagAntalKommuner, e.GrundlagRegelsaet, e.GrundlagBeregnet),
        Tilstand = e.Tilstand,
        Aabnet = e.Aabnet,
        RedegoerelseFrist = e.RedegoerelseFrist,
        PlanFrist = e.PlanFrist,
        GenopretningSlut = e.GenopretningSlut,
        Redegoerelse = e.Redegoerelse is null ? null : new Indsendelse(e.Redegoerelse, e.RedegoerelseIndsendt!.Value, e.RedegoerelseIndsendtAf ?? ""),
        Genopretningsplan = e.Genopretningsplan is null ? null : new Indsendelse(e.Genopretningsplan, e.PlanIndsendt!.Value, e.PlanIndsendtAf ?? ""),
        Sagsgennemgang = e.SagsgennemgangUdfoertAf is null ? null
            : new Sagsgennemgang(e.SagsgennemgangUdfoertAf, e.SagsgennemgangOmraader ?? "", e.SagsgennemgangDato!.Value),
        Administration = e.Minimumsmaal is null ? null : new Administrationsgrundlag(e.Minimumsmaal, e.PassiveSagerGennemgang ?? ""),
        Afsluttet = e.Afsluttet,
        Historik = historik.OrderBy(h => h.Id).Select(TilDomaene).ToList(),
    };

    public static Sagshaendelse TilDomaene(TilsynssagHaendelseEntity h) =>
        new(h.Tidspunkt, h.Bruger, h.Rolle, h.Handling, h.FraTilstand, h.TilTilstand, h.Begrundelse, h.Detaljer,
            h.Trin ?? SagstrinKoder.For(h.Handling));

    public static TilsynssagHaendelseEntity TilEntity(Sagshaendelse h, long sagId) => new()
    {
        SagId = sagId,
        Tidspunkt = h.Tidspunkt.ToUniversalTime(),
        Bruger = h.Bruger,
        Rolle = h.Rolle,
        Handling = h.Handling,
        FraTilstand = h.Fra,
        TilTilstand = h.Til,
        Begrundelse = h.Begrundelse,
        Detaljer = h.Detaljer,
        Trin = h.Trin,
    };

    public static TilsynssagEntity NyEntity(Tilsynssag sag, string aabnetAf)
    {
        var e = new TilsynssagEntity
        {
            Kommunekode = sag.Kommunekode,
            Aar = sag.Aar,
            GrundlagKategori = sag.Grundlag.Kategori.Kode(),
            GrundlagResultatKriterie = sag.Grundlag.ResultatKriterie,
            GrundlagIndsatsKriterie = sag.Grundlag.IndsatsKriterie,
            GrundlagRang = sag.Grundlag.Rang,
            GrundlagAntalKommuner = sag.Grundlag.AntalKommuner,
            GrundlagRegelsaet = sag.Grundlag.Regelsaet,
            GrundlagBeregnet = sag.Grundlag.Beregnet.ToUniversalTime(),
            Aabnet = sag.Aabnet.ToUniversalTime(),
            AabnetAf = aabnetAf,
            RedegoerelseFrist = sag.RedegoerelseFrist,
            PlanFrist = sag.PlanFrist,
        };
        Anvend(e, sag);
        return e;
    }

    /// <summary>Writes what an action may change onto the row.</summary>
    public static void Anvend(TilsynssagEntity e, Tilsynssag sag)
    {
        e.Tilstand = sag.Tilstand;
        e.RedegoerelseFrist = sag.RedegoerelseFrist;
        e.PlanFrist = sag.PlanFrist;
        e.GenopretningSlut = sag.GenopretningSlut;
        e.Redegoerelse = sag.Redegoerelse?.Tekst;
        e.RedegoerelseIndsendt = sag.Redegoerelse?.Indsendt.ToUniversalTime();
        e.RedegoerelseIndsendtAf = sag.Redegoerelse?.Af;
        e.Genopretningsplan = sag.Genopretningsplan?.Tekst;
        e.PlanIndsendt = sag.Genopretningsplan?.Indsendt.ToUniversalTime();
        e.PlanIndsendtAf = sag.Genopretningsplan?.Af;
        e.SagsgennemgangUdfoertAf = sag.Sagsgennemgang?.UdfoertAf;
        e.SagsgennemgangOmraader = sag.Sagsgennemgang?.Omraader;
        e.SagsgennemgangDato = sag.Sagsgennemgang?.Dato;
        e.Minimumsmaal = sag.Administration?.Minimumsmaal;
        e.PassiveSagerGennemgang = sag.Administration?.PassiveSagerGennemgang;
        e.Afsluttet = sag.Afsluttet?.ToUniversalTime();
    }

    public static Sagsgrundlag Grundlag(UdpegningEntity u) =>
        new(u.Aar, UdpegningskategoriKoder.TryKategori(u.Kategori, out var k) ? k : Udpegningskategori.Ingen,
            u.ResultatKriterie, u.IndsatsKriterie, u.Rang, u.AntalKommuner, u.Regelsaet, u.Beregnet);
}
