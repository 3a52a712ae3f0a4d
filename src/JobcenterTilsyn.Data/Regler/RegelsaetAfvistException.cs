namespace JobcenterTilsyn.Data.Regler;

/// <summary>A rule set an administrator tried to add was refused; the messages are Danish, for the UI.</summary>
public sealed class RegelsaetAfvistException(IReadOnlyList<string> fejl) : Exception(string.Join(" ", fejl))
{
    public IReadOnlyList<string> Fejl { get; } = fejl;
}
