namespace JobcenterTilsyn.Cli.Generate;

/// <summary>
/// The person_id a person is written with: a pseudonym, a CPR in one shape, or a CPR written now with
/// and now without the dash (the import maps both shapes to the same pseudonym). Reused across persons.
/// </summary>
internal sealed class PersonIdent
{
    private string _form = "";
    private string? _andenForm;
    private SeededRandom? _rng;

    public bool ErCpr { get; private set; }

    public void Saet(string form, string? andenForm, bool erCpr, SeededRandom rng)
    {
        _form = form;
        _andenForm = andenForm;
        ErCpr = erCpr;
        _rng = rng;
    }

    /// <summary>The id for the next row.</summary>
    public string Naeste() => _andenForm is null || !_rng!.Chance(0.5) ? _form : _andenForm;
}
