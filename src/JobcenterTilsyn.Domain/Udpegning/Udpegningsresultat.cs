namespace JobcenterTilsyn.Domain.Udpegning;

/// <summary>One municipality's designation: both criteria and the category they lead to.</summary>
public sealed record Udpegningsresultat(short Kommunekode, Udpegningskategori Kategori, bool ResultatKriterie, bool IndsatsKriterie);
