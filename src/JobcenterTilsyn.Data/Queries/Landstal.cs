using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>A goal's national figure in one month: the municipalities' figures pooled (<see cref="Maaltal.Pulj"/>).</summary>
public sealed record Landstal(Maaned Maaned, Maal Maal, Maaltal Tal);
