using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobcenterTilsyn.Testing;
using JobcenterTilsyn.Web.Apis.V1;
using Serilog.Events;

namespace JobcenterTilsyn.Web.Tests.Security;

/// <summary>What the probe of issue 13 found answering 500 or the wrong page: extreme paging, sign-out without a token, unknown kommuner.</summary>
[Collection(VaertCollection.Name)]
public sealed class RobusthedTests(SikretApp app) : IClassFixture<SikretApp>
{
    [Theory]
    [InlineData("/api/v1/municipalities")]
    [InlineData("/api/v1/cases")]
    [InlineData("/api/v1/measures?month=2025-06")]
    [InlineData("/api/v1/benchmark?year=2025")]
    [InlineData("/api/v1/designation?year=2025")]
    public async Task A_page_number_past_the_bound_is_a_400_naming_page_never_a_500(string liste)
    {
        var client = await app.KlientAsync(Som.Admin);
        var og = liste.Contains('?') ? '&' : '?';

        using var svar = await client.GetAsync($"{liste}{og}page={int.MaxValue}&page_size=200");

        svar.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await svar.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("page")[0].GetString().Should().Contain($"from 1 to {Paging.MaksSide}");
    }

    [Theory]
    [InlineData("/api/v1/municipalities")]
    [InlineData("/api/v1/cases")]
    public async Task The_last_allowed_page_is_an_empty_page_not_page_one(string liste)
    {
        var client = await app.KlientAsync(Som.Admin);

        var side = await client.GetFromJsonAsync<JsonElement>($"{liste}?page={Paging.MaksSide}&page_size={Paging.MaksStoerrelse}");

        side.GetProperty("page").GetInt32().Should().Be(Paging.MaksSide);
        side.GetProperty("items").GetArrayLength().Should().Be(0);
        side.GetProperty("total_count").GetInt32().Should().BeGreaterThan(0, "the list has items, just not on this page");
    }

    [Fact]
    public async Task Signing_out_without_a_token_while_signed_out_is_a_redirect_and_logs_no_error()
    {
        using var client = await app.KlientAsync((Testbruger?)null);
        var foer = app.Log.Count;

        using var svar = await client.PostAsync("/konto/log-ud", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "kommuner" }));
        using var udenForm = await client.PostAsync("/konto/log-ud", null);

        svar.StatusCode.Should().Be(HttpStatusCode.Redirect);
        svar.Headers.Location!.OriginalString.Should().Be("/konto/log-ind");
        udenForm.StatusCode.Should().Be(HttpStatusCode.Redirect);
        NyeFejl(foer).Should().BeEmpty();
    }

    [Fact]
    public async Task A_refused_form_post_is_a_400_without_an_error_in_the_log()
    {
        var client = await app.KlientAsync(Som.Analytiker);
        var foer = app.Log.Count;

        using var logUd = await client.PostAsync("/konto/log-ud", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "forfalsket" }));
        using var logInd = await client.PostAsync(HttpLogind.Sti, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "log-ind" }));

        logUd.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        logInd.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        NyeFejl(foer).Should().BeEmpty();
        (await client.GetAsync("/kommuner")).StatusCode.Should().Be(HttpStatusCode.OK, "a forged sign-out changes nothing");
    }

    [Theory]
    [InlineData("/kommune/9999")]
    [InlineData("/kommune/9999/rapport/2025")]
    [InlineData("/kommune/0")]
    public async Task An_unknown_kommune_is_a_real_404(string adresse)
    {
        var client = await app.KlientAsync(Som.Analytiker);

        using var svar = await client.GetAsync(adresse);

        svar.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await svar.Content.ReadAsStringAsync()).Should().Contain("Siden findes ikke");
        (await client.GetAsync("/kommune/101")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private List<string> NyeFejl(int foer) =>
        app.Log.Skip(foer).Where(e => e.Level >= LogEventLevel.Error).Select(e => e.RenderMessage() + " " + e.Exception).ToList();
}
