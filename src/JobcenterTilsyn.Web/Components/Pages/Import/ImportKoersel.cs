using JobcenterTilsyn.Data.Computation;
using JobcenterTilsyn.Data.Import;
using JobcenterTilsyn.Domain.Tid;
using JobcenterTilsyn.Web.Extensions;
using Microsoft.Extensions.Options;

namespace JobcenterTilsyn.Web.Components.Pages.Import;

/// <summary>
/// Runs imports and computations for the administrator's Import page. A singleton, so that only one
/// computation runs at a time in the whole app (two would replace each other's results).
/// Both are cancelled when the app shuts down (each is one transaction, so nothing half-done remains).
/// </summary>
public sealed class ImportKoersel(
    IOptions<DatabaseOptions> database, IConfiguration configuration, ILoggerFactory loggers, IHostApplicationLifetime lifetime)
{
    private readonly SemaphoreSlim _beregning = new(1, 1);

    private string ConnectionString => database.Value.ConnectionString!;

    public Importer Importer() =>
        new(ConnectionString, new PseudonymizationOptions { Key = configuration[PseudonymizationOptions.ConfigurationKey] },
            loggers.CreateLogger<Importer>());

    /// <summary>Imports one uploaded file, streamed; the kind comes from its name.</summary>
    public async Task<ImportResult> ImporterAsync(
        Stream indhold, string filnavn, bool erstat, string bruger, IProgress<ImportProgress>? fremdrift, CancellationToken ct)
    {
        var art = ImportFiles.KindOf(filnavn)
            ?? throw new ImportFilnavnException(
                $"'{filnavn}' er ikke et importfilnavn: navnet skal indeholde ét af ordene ydelsesforloeb, indsatser, samtaler eller rammevilkaar.");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.ApplicationStopping);
        return await Importer().ImportAsync(indhold, filnavn, art, erstat ? ImportMode.Replace : ImportMode.Append, bruger, fremdrift, stop.Token);
    }

    /// <summary>Runs a computation, or returns null at once when another one is running.</summary>
    public async Task<Beregningsopsummering?> BeregnAsync(Maaned fra, Maaned til, string bruger, IProgress<long>? fremdrift, CancellationToken ct)
    {
        if (!await _beregning.WaitAsync(0, ct)) return null;
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.ApplicationStopping);
            var koersel = new Beregningskoersel(ConnectionString, loggers.CreateLogger<Beregningskoersel>());
            // Off the circuit's synchronisation context: the pass is long and CPU-bound.
            return await Task.Run(() => koersel.KoerAsync(fra, til, bruger, fremdrift, stop.Token), stop.Token);
        }
        finally
        {
            _beregning.Release();
        }
    }
}

/// <summary>An uploaded file whose name is no import file name.</summary>
public sealed class ImportFilnavnException(string message) : Exception(message);
