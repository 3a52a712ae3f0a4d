using JobcenterTilsyn.Data.Tilsynssager;
using JobcenterTilsyn.Testing;
using static JobcenterTilsyn.Data.Tests.Tilsynssager.Sagsdata;

namespace JobcenterTilsyn.Data.Tests.Tilsynssager;

public sealed class SenesteUdpegningsaarTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Is_the_latest_year_with_a_stored_designation_or_null_without_any()
    {
        await using var db = database.CreateContext();
        (await TilsynssagStore.SenesteUdpegningsaarAsync(db)).Should().BeNull();

        await GemUdpegningAsync(db, 101, 2023);
        await GemUdpegningAsync(db, 147, 2025);
        await GemUdpegningAsync(db, 101, 2024);

        (await TilsynssagStore.SenesteUdpegningsaarAsync(db)).Should().Be(2025);
    }
}
