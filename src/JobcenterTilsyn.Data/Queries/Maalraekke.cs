using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>
/// The figure type of a stored focus goal or indicator (rules.md §2–4): one municipality, one goal, one month. The
/// page, the JSON API and the contract export all read this type from <see cref="MaalQuery"/>.
/// </summary>
public sealed record Maalraekke(short Kommunekode, string Kommunenavn, Maaned Maaned, Maal Maal, Maaltal Tal, string Regelsaet, DateTimeOffset Beregnet);
