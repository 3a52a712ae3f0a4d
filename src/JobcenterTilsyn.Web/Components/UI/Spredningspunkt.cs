namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>One municipality in the benchmark scatter: expected share (x) against actual share (y).</summary>
public sealed record Spredningspunkt(short Kommunekode, string Navn, double Forventet, double Faktisk, int Rang);
