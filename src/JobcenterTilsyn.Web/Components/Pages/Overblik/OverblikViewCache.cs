using System.Runtime.CompilerServices;
using JobcenterTilsyn.Data;
using JobcenterTilsyn.Data.ReadModels;
using JobcenterTilsyn.Domain.Tid;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;

namespace JobcenterTilsyn.Web.Components.Pages.Overblik;

/// <summary>
/// Hands every overview circuit the shared <see cref="OverblikView"/> of its month and kind of viewer. The rows were
/// 98 × (4 MaalCelle, a MudLink, a KategoriChip with its MudChip, icons): about 900 components and 3 MiB of render
/// tree per circuit. Rendered once to HTML with the real components (the same markup, scoped CSS attributes included)
/// and shown as one markup frame per row, they cost each circuit a few frames per row.
/// </summary>
public sealed class OverblikViewCache(OverblikCache cache, IDbContextFactory<TilsynDbContext> dbFactory, IServiceScopeFactory scopes, ILoggerFactory loggerFactory)
{
    // Keyed by the shared Overblik itself: a view lives exactly as long as the cache keeps its read model.
    private readonly ConditionalWeakTable<Data.ReadModels.Overblik, Lazy<Task<OverblikView>>> _views = new();

    /// <param name="maaned">The month to show; null means the latest stored month.</param>
    /// <param name="erAdministrator">Whether the viewer sees every figure; everyone else gets them through Diskretion.</param>
    public async Task<OverblikView> HentAsync(Maaned? maaned, bool erAdministrator, CancellationToken ct = default)
    {
        var overblik = await cache.HentAsync(dbFactory, maaned, erAdministrator, ct);
        var view = _views.GetValue(overblik, o => new Lazy<Task<OverblikView>>(() => BygAsync(o, scopes, loggerFactory)));
        try
        {
            return await view.Value;
        }
        catch
        {
            // Not kept: the next visitor renders it again.
            _views.Remove(overblik);
            throw;
        }
    }

    /// <summary>Renders the rows and the national row with the real components, once.</summary>
    internal static async Task<OverblikView> BygAsync(Data.ReadModels.Overblik overblik, IServiceScopeFactory scopes, ILoggerFactory loggerFactory)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        var paaVej = OverblikView.PaaVejMaanedTekst(overblik);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var celler = new Dictionary<short, MarkupString>(overblik.Raekker.Count);
            foreach (var r in overblik.Raekker)
            {
                var html = await renderer.RenderComponentAsync<OverblikRaekkeCeller>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(OverblikRaekkeCeller.Raekke)] = r,
                    [nameof(OverblikRaekkeCeller.PaaVejMaanedTekst)] = paaVej,
                }));
                celler[r.Kommunekode] = new MarkupString(html.ToHtmlString());
            }
            var landstal = await renderer.RenderComponentAsync<OverblikLandstalCeller>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(OverblikLandstalCeller.Landet)] = overblik.Landet,
            }));
            return new OverblikView(
                overblik,
                ["", .. overblik.Raekker.Select(r => r.Region).Distinct().Order(StringComparer.Ordinal)],
                celler,
                new MarkupString(landstal.ToHtmlString()));
        });
    }
}

/// <summary>Registration of the overview's shared read model and its rendered rows.</summary>
public static class OverblikServiceCollectionExtensions
{
    public static IServiceCollection AddOverblik(this IServiceCollection services) =>
        services.AddSingleton<OverblikCache>().AddSingleton<OverblikViewCache>();
}
