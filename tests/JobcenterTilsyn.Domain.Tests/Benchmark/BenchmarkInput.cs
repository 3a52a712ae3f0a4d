using JobcenterTilsyn.Domain.Benchmark;
using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Tests.Benchmark;

/// <summary>Builds the input of <see cref="Benchmarkberegning.Beregn"/> for a handful of municipalities.</summary>
internal sealed class BenchmarkInput
{
    public List<Kommuneobservation> Observationer { get; } = [];

    public List<Rammevilkaar> Rammer { get; } = [];

    /// <summary>A municipality with a faktisk andel (fuldtidspersoner = andel × befolkning) and its variables.</summary>
    public BenchmarkInput Kommune(short kode, double faktiskAndel, double befolkning, params (string Navn, double Vaerdi)[] variabler)
    {
        Observationer.Add(new Kommuneobservation(kode, faktiskAndel * befolkning));
        Rammer.Add(new Rammevilkaar(2025, kode, Rammevilkaar.Befolkning, befolkning));
        foreach (var (navn, vaerdi) in variabler) Rammer.Add(new Rammevilkaar(2025, kode, navn, vaerdi));
        return this;
    }

    /// <summary>n municipalities 101, 102, … with befolkning 1000, variable x = 1…n and faktisk = 0.01·x plus a fixed wobble.</summary>
    public static BenchmarkInput Lineaer(int n)
    {
        var input = new BenchmarkInput();
        for (var i = 0; i < n; i++)
        {
            var x = 1.0 + i;
            var stoej = (((i * 37) % 11) - 5) * 0.0007;
            input.Kommune((short)(101 + i), 0.05 + (0.01 * x) + stoej, 1000, ("x", x));
        }
        return input;
    }

    public Benchmarkresultat Beregn(Maaleperiode? periode = null) =>
        Benchmarkberegning.Beregn(Omraade.Alle, periode ?? Maaleperiode.Kalenderaar(2025), Observationer, Rammer);
}
