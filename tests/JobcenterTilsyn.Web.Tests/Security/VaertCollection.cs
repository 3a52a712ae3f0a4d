namespace JobcenterTilsyn.Web.Tests.Security;

/// <summary>The test classes that each start the app over their own database run one after another, not all at once.</summary>
[CollectionDefinition(Name)]
public sealed class VaertCollection
{
    public const string Name = "Vaert";
}
