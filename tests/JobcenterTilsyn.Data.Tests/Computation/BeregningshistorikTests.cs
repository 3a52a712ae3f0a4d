using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Data.Entities;
using JobcenterTilsyn.Testing;

namespace JobcenterTilsyn.Data.Tests.Computation;

public sealed class BeregningshistorikTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Lists_the_latest_runs_newest_first_with_running_and_failed_ones()
    {
        await using (var db = database.CreateContext())
        {
            (await Beregningshistorik.SenesteAsync(db, 20)).Should().BeEmpty();
            for (var i = 0; i < 4; i++)
            {
                db.Add(new BeregningEntity
                {
                    Art = "beregning", Omfang = $"2025-0{i + 1}..2025-06", Startet = Start.AddHours(i), StartetAf = $"admin{i}@test.dk",
                    PersonerLaest = 100 * i,
                    Afsluttet = i == 3 ? null : Start.AddHours(i).AddMinutes(2),
                    Fejl = i == 2 ? "Databasen svarede ikke." : null,
                });
            }
            await db.SaveChangesAsync();
        }

        await using var laes = database.CreateContext();
        var seneste = await Beregningshistorik.SenesteAsync(laes, 3);

        seneste.Select(b => b.Omfang).Should().Equal("2025-04..2025-06", "2025-03..2025-06", "2025-02..2025-06");
        seneste[0].Should().BeEquivalentTo(new { Afsluttet = (DateTimeOffset?)null, Fejl = (string?)null, StartetAf = "admin3@test.dk", PersonerLaest = 300L });
        seneste[1].Fejl.Should().Be("Databasen svarede ikke.");
        seneste[2].Afsluttet.Should().Be(Start.AddHours(1).AddMinutes(2));
        seneste[2].Startet.Should().Be(Start.AddHours(1));
    }
}
