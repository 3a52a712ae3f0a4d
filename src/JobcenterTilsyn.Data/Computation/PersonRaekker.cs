using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>All stored rows of one person, as the computation pass hands them to the domain rules.</summary>
public sealed class PersonRaekker
{
    public string PersonId { get; internal set; } = "";

    public List<Ydelsesperiode> Perioder { get; } = [];

    public List<Indsats> Indsatser { get; } = [];

    public List<Samtale> Samtaler { get; } = [];

    internal void Nulstil(string personId)
    {
        PersonId = personId;
        Perioder.Clear();
        Indsatser.Clear();
        Samtaler.Clear();
    }
}
