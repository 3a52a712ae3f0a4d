using JobcenterTilsyn.Web.Apis;
using JobcenterTilsyn.Web.Apis.V1;
using JobcenterTilsyn.Web.Components;
using JobcenterTilsyn.Web.Components.Pages.Overblik;
using JobcenterTilsyn.Web.Extensions;
using JobcenterTilsyn.Web.Health;
using JobcenterTilsyn.Web.Security;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

builder.AddSerilogLogging();
builder.AddTilsynProxy();
builder.AddGracefulShutdown();
builder.AddTilsynData();
builder.AddTilsynDataProtection();
builder.AddTilsynAuth();
builder.AddLogindbegraensning();
builder.AddTilsynssager();
builder.Services.AddMudServices().AddTransient<MudBlazor.MudLocalizer, JobcenterTilsyn.Web.Components.UI.DanskMudLocalizer>();
builder.Services.AddOverblik();
builder.AddImport();
builder.AddRegelsaet();
builder.AddApiDocumentation();
builder.AddApiJson();
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    .AddHubOptions(o => o.MaximumReceiveMessageSize = KredsloebsGraenser.MaksBesked);

var app = builder.Build();

app.UseTilsynProxy();
app.UseSecurityHeaders();
app.UseTilsynErrorPages();
app.UseTilsynRequestLogging();
app.UseLogindbegraensning();
app.UseApiProblemDetails();
app.UseDanishCulture();
app.UseTilsynAuth();
app.UseAntiforgery();

// Everything requires a signed-in user with a role (the fallback policy) unless marked anonymous here or by [AllowAnonymous].
app.MapStaticAssets().AllowAnonymous();
app.MapHealthEndpoint().AllowAnonymous();
app.MapApiDocumentation();
app.MapEksportApi();
app.MapKontoApi();
app.MapTilsynssagerApi();
app.MapApiV1();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

// No `public partial class Program` needed: the .NET 10 SDK makes Program public, so tests host it with WebApplicationFactory<Program>.
