using JobcenterTilsyn.Web.Apis;
using JobcenterTilsyn.Web.Components;
using JobcenterTilsyn.Web.Extensions;
using JobcenterTilsyn.Web.Health;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

builder.AddSerilogLogging();
builder.AddTilsynData();
builder.Services.AddMudServices();
builder.AddImport();
builder.Services.AddOpenApi();
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

var app = builder.Build();

app.UseTilsynErrorPages();
app.UseTilsynRequestLogging();
app.UseDanishCulture();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthEndpoint();
app.MapApiDocumentation();
app.MapEksportApi();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

// No `public partial class Program` needed: the .NET 10 SDK makes Program public, so tests host it with WebApplicationFactory<Program>.
