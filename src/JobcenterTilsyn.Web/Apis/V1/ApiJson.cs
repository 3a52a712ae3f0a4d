using System.Text.Json;

namespace JobcenterTilsyn.Web.Apis.V1;

/// <summary>
/// The JSON API's one naming rule (docs/architecture.md): members are written in snake_case, so a figure's members
/// carry the contract exports' column names (<c>maal_graense</c>, <c>faktisk_andel</c>) and the envelope reads the same way.
/// </summary>
public static class ApiJson
{
    public static WebApplicationBuilder AddApiJson(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = null;
        });
        return builder;
    }
}
