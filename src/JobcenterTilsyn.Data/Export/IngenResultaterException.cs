namespace JobcenterTilsyn.Data.Export;

/// <summary>An export was asked for figures that have not been computed and stored.</summary>
public sealed class IngenResultaterException(string message) : Exception(message);
