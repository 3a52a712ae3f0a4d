namespace JobcenterTilsyn.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every browser test joins this collection, <c>[Collection(AppCollection.Name)]</c>, and takes
/// <see cref="AppServerFixture"/> and <see cref="BrowserFixture"/> in its constructor: one app and one
/// Chromium for the whole run. Tests in one collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "App";
}
