using JobcenterTilsyn.Domain.Registre;

namespace JobcenterTilsyn.Domain.Benchmark;

/// <summary>
/// Days on public support per (kommunekode, område), filled person by person
/// (<see cref="Fuldtidsberegning.Tael"/>). Not thread-safe: one per thread, then <see cref="Flet"/>.
/// </summary>
public sealed class Fuldtidsdage
{
    private const int AntalKoder = 1000;
    private const int AntalOmraader = 4;
    private readonly long[] _dage = new long[AntalKoder * AntalOmraader];

    public void Tilfoej(short kommunekode, Omraade omraade, long dage)
    {
        if (kommunekode is < 0 or >= AntalKoder) throw new ArgumentOutOfRangeException(nameof(kommunekode), kommunekode, "Not a three-digit kommunekode.");
        _dage[(kommunekode * AntalOmraader) + (int)omraade] += dage;
    }

    public long Dage(short kommunekode, Omraade omraade) => _dage[(kommunekode * AntalOmraader) + (int)omraade];

    public void Flet(Fuldtidsdage anden)
    {
        ArgumentNullException.ThrowIfNull(anden);
        for (var i = 0; i < _dage.Length; i++) _dage[i] += anden._dage[i];
    }
}
