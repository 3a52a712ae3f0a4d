using JobcenterTilsyn.Domain.Tilsynssager;

namespace JobcenterTilsyn.Web.Extensions;

/// <summary>
/// How large one message from the browser to the Blazor circuit may be. SignalR's default of 32 KB dropped the
/// circuit when a long plan was sent, and the typed text with it; the limit is raised deliberately to what the
/// longest text the domain accepts needs (<see cref="Sagsforloeb.MaksTekstlaengde"/> characters, up to 3 bytes each
/// in UTF-8, with a margin for JSON escaping and the event envelope), and no further.
/// </summary>
public static class KredsloebsGraenser
{
    public const long MaksBesked = Sagsforloeb.MaksTekstlaengde * 4L + 64 * 1024;
}
