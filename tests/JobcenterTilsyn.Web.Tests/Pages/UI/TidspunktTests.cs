using System.Globalization;
using Bunit;
using JobcenterTilsyn.Web.Components.UI;

namespace JobcenterTilsyn.Web.Tests.Pages.UI;

/// <summary>The one clock: stored UTC instants read as Danish time, summer time included, in one format.</summary>
public sealed class TidspunktTests : IAsyncLifetime
{
    private readonly BunitContext _bunit = new();

    public TidspunktTests()
    {
        // A culture and a zone that are not Danish: the text must not depend on either.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Theory]
    // Winter (CET, UTC+1) and summer (CEST, UTC+2).
    [InlineData("2026-12-05T16:27:00Z", "5. dec. 2026 kl. 17.27", "2026-12-05T16:27Z")]
    [InlineData("2026-07-01T10:05:00Z", "1. jul. 2026 kl. 12.05", "2026-07-01T10:05Z")]
    // Spring forward on 29 March 2026 at 01:00 UTC: 01.59 is followed by 03.00.
    [InlineData("2026-03-29T00:59:00Z", "29. mar. 2026 kl. 01.59", "2026-03-29T00:59Z")]
    [InlineData("2026-03-29T01:00:00Z", "29. mar. 2026 kl. 03.00", "2026-03-29T01:00Z")]
    // Fall back on 25 October 2026 at 01:00 UTC: 02.30 happens twice.
    [InlineData("2026-10-25T00:30:00Z", "25. okt. 2026 kl. 02.30", "2026-10-25T00:30Z")]
    [InlineData("2026-10-25T01:30:00Z", "25. okt. 2026 kl. 02.30", "2026-10-25T01:30Z")]
    // Late evening UTC is already the next day (and year) in Copenhagen.
    [InlineData("2026-12-31T23:15:00Z", "1. jan. 2027 kl. 00.15", "2026-12-31T23:15Z")]
    public void An_instant_reads_in_Danish_time_with_the_UTC_instant_for_machines(string utc, string tekst, string maskine)
    {
        var tidspunkt = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

        var tid = _bunit.Render<Tidspunkt>(p => p.Add(c => c.Vaerdi, tidspunkt)).Find("time");

        tid.TextContent.Should().Be(tekst);
        tid.GetAttribute("datetime").Should().Be(maskine);
    }

    [Fact]
    public void The_same_instant_reads_the_same_whatever_offset_it_carries()
    {
        var utc = new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

        DanskTidspunkt.Vis(utc.ToOffset(TimeSpan.FromHours(-5))).Should().Be("4. maj 2026 kl. 10.00");
        DanskTidspunkt.Vis(utc.UtcDateTime).Should().Be("4. maj 2026 kl. 10.00");
        // A database DateTime of unspecified kind is UTC.
        DanskTidspunkt.Vis(DateTime.SpecifyKind(utc.UtcDateTime, DateTimeKind.Unspecified)).Should().Be("4. maj 2026 kl. 10.00");
    }

    [Fact]
    public void A_missing_instant_shows_the_given_text()
    {
        DanskTidspunkt.Vis(null, "Aldrig").Should().Be("Aldrig");
    }
}
