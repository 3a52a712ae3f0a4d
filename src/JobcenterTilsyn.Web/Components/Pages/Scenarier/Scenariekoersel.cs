using JobcenterTilsyn.Data.Scenarier;
using JobcenterTilsyn.Domain.Regler;
using JobcenterTilsyn.Web.Extensions;
using Microsoft.Extensions.Options;

namespace JobcenterTilsyn.Web.Components.Pages.Scenarier;

/// <summary>
/// Runs scenarios for the Scenarier page, one at a time in the whole app: a scenario is a full pass over all persons,
/// and two side by side on the server's cores would only slow each other (and the published computation) down.
/// </summary>
public sealed class Scenariekoersel(IOptions<DatabaseOptions> database, IHostApplicationLifetime lifetime)
{
    private readonly SemaphoreSlim _en = new(1, 1);

    /// <summary>Runs the scenario, or returns null at once when another one is running.</summary>
    public async Task<Scenarieresultat?> KoerAsync(Regelsaet scenarie, int aar, IProgress<long>? fremdrift, CancellationToken ct)
    {
        if (!await _en.WaitAsync(0, ct)) return null;
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.ApplicationStopping);
            var beregning = new Scenarieberegning(database.Value.ConnectionString!);
            // Off the circuit's synchronisation context: the pass is long and CPU-bound.
            return await Task.Run(() => beregning.KoerAsync(scenarie, aar, fremdrift, stop.Token), stop.Token);
        }
        finally
        {
            _en.Release();
        }
    }
}
