using JobcenterTilsyn.Domain.Adgang;
using JobcenterTilsyn.Domain.Tilsynssager;
using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Domain.Tests.Tilsynssager;

/// <summary>Actors, a valid action of every kind, and cases brought into each state through the real transitions.</summary>
internal static class Sager
{
    public const short Kommune = 101;

    public static readonly DateOnly Idag = new(2026, 3, 2);
    public static readonly DateTimeOffset Nu = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));

    public static readonly Aktoer Admin = new("admin@demo.dk", Rolle.Administrator);
    public static readonly Aktoer Analytiker = new("analytiker@demo.dk", Rolle.Analytiker);
    public static readonly Aktoer Chef = new("chef.101@demo.dk", Rolle.Jobcenterchef, Kommune);
    public static readonly Aktoer AndenChef = new("chef.851@demo.dk", Rolle.Jobcenterchef, 851);

    public static readonly Sagsgrundlag Grundlag = new(2025, Udpegningskategori.Udpeget, true, true, 90, 98, "OEVO-2024",
        new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero));

    public static Tilsynssag Aaben() =>
        Sagsforloeb.Aabn(Kommune, Grundlag, "Udpeget to år i træk.", Admin, Nu, Idag, Fristregler.Standard).Sag!;

    /// <summary>A valid action of this type for a case that has started recovery with end date 2026-12-31.</summary>
    public static Sagshandling Gyldig(Sagshandlingstype type) => type switch
    {
        Sagshandlingstype.IndsendRedegoerelse => new IndsendRedegoerelse("Vi har analyseret årsagerne."),
        Sagshandlingstype.IndsendGenopretningsplan => new IndsendGenopretningsplan("Plan: flere virksomhedsrettede tilbud."),
        Sagshandlingstype.GodkendPlan => new GodkendPlan("Planen er realistisk."),
        Sagshandlingstype.AfvisPlan => new AfvisPlan("Planen mangler mål for de første 6 måneder."),
        Sagshandlingstype.RegistrerSagsgennemgang => new RegistrerSagsgennemgang("Revisionsfirma A/S", "Kontanthjælp, sygedagpenge", Idag, "Gennemgang modtaget."),
        Sagshandlingstype.StartGenopretning => new StartGenopretning(new DateOnly(2026, 12, 31), "Et år til genopretning."),
        Sagshandlingstype.ForlaengGenopretning => new ForlaengGenopretning(new DateOnly(2027, 6, 30), "Fremgang, men ikke nok."),
        Sagshandlingstype.SaetUnderAdministration => new SaetUnderAdministration("A ≥ 0,70 og B ≥ 0,80", "Alle 412 passive sager gennemgået.", "Ingen genopretning."),
        Sagshandlingstype.Afslut => new Afslut("Kommunen er genoprettet."),
        Sagshandlingstype.FlytFrist => new FlytFrist(Fristtype.Genopretningsplan, new DateOnly(2026, 5, 31), "Kommunen har bedt om mere tid."),
        Sagshandlingstype.RegistrerEksterntDokument => new RegistrerEksterntDokument("Brev fra borgmesteren", Idag, Sagstrin.Redegoerelse, "Modtaget med posten."),
        Sagshandlingstype.Tilbagekald => new Tilbagekald("Sagen blev åbnet ved en fejl."),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static Aktoer Udfoerer(Sagshandlingstype type) =>
        Sagsforloeb.UdfoeresAf(type) == Rolle.Jobcenterchef ? Chef : Admin;

    /// <summary>A case with the redegørelse submitted but no plan yet.</summary>
    public static Tilsynssag MedRedegoerelse() => Udfoer(Aaben(), Gyldig(Sagshandlingstype.IndsendRedegoerelse), Chef).Sag!;

    // The review is recorded while the plan awaits the decision: it is required before genopretning.
    private static readonly Sagshandlingstype[] TilPlanGodkendt =
    [
        Sagshandlingstype.IndsendRedegoerelse, Sagshandlingstype.IndsendGenopretningsplan, Sagshandlingstype.RegistrerSagsgennemgang,
        Sagshandlingstype.GodkendPlan,
    ];

    private static readonly Sagshandlingstype[] TilGenopretning = [.. TilPlanGodkendt, Sagshandlingstype.StartGenopretning];

    /// <summary>A case in <paramref name="tilstand"/>, reached the way a real case would be.</summary>
    public static Tilsynssag I(Sagstilstand tilstand)
    {
        Sagshandlingstype[] vej = tilstand switch
        {
            Sagstilstand.Aabnet => [],
            Sagstilstand.RedegoerelseModtaget => [Sagshandlingstype.IndsendRedegoerelse],
            Sagstilstand.PlanModtaget => [Sagshandlingstype.IndsendRedegoerelse, Sagshandlingstype.IndsendGenopretningsplan],
            Sagstilstand.PlanGodkendt => TilPlanGodkendt,
            Sagstilstand.Genopretning => TilGenopretning,
            Sagstilstand.UnderAdministration => [.. TilGenopretning, Sagshandlingstype.SaetUnderAdministration],
            Sagstilstand.Afsluttet => [.. TilGenopretning, Sagshandlingstype.Afslut],
            Sagstilstand.Tilbagekaldt => [Sagshandlingstype.Tilbagekald],
            _ => throw new ArgumentOutOfRangeException(nameof(tilstand)),
        };
        var sag = Aaben();
        foreach (var type in vej)
        {
            sag = Udfoer(sag, Gyldig(type), Udfoerer(type)).Sag ?? throw new InvalidOperationException($"Could not reach {tilstand} via {type}.");
        }
        return sag;
    }

    public static Sagsudfald Udfoer(Tilsynssag sag, Sagshandling handling, Aktoer aktoer) =>
        Sagsforloeb.Udfoer(sag, handling, aktoer, Nu, Idag);
}
