using JobcenterTilsyn.Domain.Fokusmaal;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Domain.Udsigt;

namespace JobcenterTilsyn.Data.Queries;

/// <summary>
/// The figure type of a stored outlook (rules.md §11): one municipality, goal A or B, one coming month, as of a status
/// month. The JSON API, the contract export and (later) the pages read this type from <see cref="UdsigtQuery"/>.
/// </summary>
public sealed record Udsigtsraekke(
    short Kommunekode, string Kommunenavn, Maaned Statusmaaned, Maaned Maaned, Maal Maal, Udsigtstal Tal, string Regelsaet, DateTimeOffset Beregnet);
