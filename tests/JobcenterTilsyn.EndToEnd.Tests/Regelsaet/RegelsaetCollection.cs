using JobcenterTilsyn.EndToEnd.Tests.Infrastructure;

namespace JobcenterTilsyn.EndToEnd.Tests.Regelsaet;

/// <summary>
/// An app and database of their own for the rule set tests: adding a rule set and recomputing changes stored figures
/// (and a used rule set can never be removed again), which must not leak into the shared app's other tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RegelsaetCollection : ICollectionFixture<AppServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Regelsaet";
}
