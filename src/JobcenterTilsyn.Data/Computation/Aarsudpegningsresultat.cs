using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Domain.Udpegning;

namespace JobcenterTilsyn.Data.Computation;

/// <summary>A year's designation as computed, with its basis and the rule set in force on 31 December.</summary>
public sealed record Aarsudpegningsresultat(int Aar, Regelsaet Regelsaet, IReadOnlyList<Udpegningsgrundlag> Grundlag, IReadOnlyList<Udpegningsresultat> Resultater);
