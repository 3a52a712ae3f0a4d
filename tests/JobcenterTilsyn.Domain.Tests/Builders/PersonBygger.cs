using JobcenterTilsyn.Domain.Registre;
using static JobcenterTilsyn.Domain.Tests.Builders.Dato;

namespace JobcenterTilsyn.Domain.Tests.Builders;

/// <summary>Builds one person's rows from ISO dates; slut null = open. Defaults: kommune 101, kontanthjælp jobparat.</summary>
internal sealed class PersonBygger
{
    public const short Kommune = 101;

    private readonly string _id;
    private readonly List<Ydelsesperiode> _perioder = [];
    private readonly List<Indsats> _indsatser = [];
    private readonly List<Samtale> _samtaler = [];

    public PersonBygger(string id = "p1") => _id = id;

    public PersonBygger Periode(string start, string? slut, short kommune = Kommune, Ydelsesgruppe gruppe = Ydelsesgruppe.KontanthjaelpJobparat)
    {
        _perioder.Add(new Ydelsesperiode(_id, kommune, gruppe, D(start), slut is null ? null : D(slut)));
        return this;
    }

    public PersonBygger Periode(Ydelsesgruppe gruppe, string start, string? slut, short kommune = Kommune) =>
        Periode(start, slut, kommune, gruppe);

    public PersonBygger Indsats(Indsatstype type, string start, string? slut, short kommune = Kommune)
    {
        _indsatser.Add(new Indsats(_id, kommune, type, D(start), slut is null ? null : D(slut)));
        return this;
    }

    public PersonBygger Samtale(string dato, short kommune = Kommune)
    {
        _samtaler.Add(new Samtale(_id, kommune, D(dato)));
        return this;
    }

    public PersonData Byg() => new(_id, [.. _perioder], [.. _indsatser], [.. _samtaler]);
}
