namespace JobcenterTilsyn.Domain.Tilsynssager;

/// <summary>
/// A supervision case (rules.md §9) as a value: <see cref="Sagsforloeb"/> turns one into the next and appends to
/// its <see cref="Historik"/>; nothing else changes it.
/// </summary>
public sealed record Tilsynssag
{
    public required short Kommunekode { get; init; }

    /// <summary>The designation year the case was opened from.</summary>
    public required int Aar { get; init; }

    public required Sagsgrundlag Grundlag { get; init; }

    public required Sagstilstand Tilstand { get; init; }

    public required DateTimeOffset Aabnet { get; init; }

    public required DateOnly RedegoerelseFrist { get; init; }

    public required DateOnly PlanFrist { get; init; }

    /// <summary>The last day of the recovery period, once it has started (moved later by extensions).</summary>
    public DateOnly? GenopretningSlut { get; init; }

    public Indsendelse? Redegoerelse { get; init; }

    /// <summary>The latest submitted plan (every submission is in the history).</summary>
    public Indsendelse? Genopretningsplan { get; init; }

    public Sagsgennemgang? Sagsgennemgang { get; init; }

    public Administrationsgrundlag? Administration { get; init; }

    /// <summary>When the case ended: closed or withdrawn.</summary>
    public DateTimeOffset? Afsluttet { get; init; }

    /// <summary>Oldest first. Only ever appended to.</summary>
    public IReadOnlyList<Sagshaendelse> Historik { get; init; } = [];

    public bool ErAaben => Tilstand.ErAaben();

    /// <summary>The case's deadlines: redegørelse, plan and, once started, the recovery period's end.</summary>
    public IReadOnlyList<Sagsfrist> Frister
    {
        get
        {
            var frister = new List<Sagsfrist>
            {
                new(Fristtype.Redegoerelse, RedegoerelseFrist, Status(Redegoerelse is not null)),
                // A rejected plan is taken off the case, so its deadline is open again.
                new(Fristtype.Genopretningsplan, PlanFrist, Status(Genopretningsplan is not null)),
            };
            if (GenopretningSlut is { } slut)
            {
                frister.Add(new(Fristtype.GenopretningsperiodensSlut, slut, Status(Tilstand == Sagstilstand.UnderAdministration)));
            }
            return frister;
        }
    }

    // What is met stays met; what is not is closed once the case has ended.
    private Friststatus Status(bool opfyldt) =>
        opfyldt ? Friststatus.Opfyldt : ErAaben ? Friststatus.Aaben : Friststatus.Lukket;

    /// <summary>The deadlines passed but unmet on <paramref name="idag"/>; none for a closed case.</summary>
    public IReadOnlyList<Sagsfrist> OverskredneFrister(DateOnly idag) =>
        ErAaben ? Frister.Where(f => f.Overskredet(idag)).ToList() : [];

    public bool Overskredet(DateOnly idag) => OverskredneFrister(idag).Count > 0;
}
