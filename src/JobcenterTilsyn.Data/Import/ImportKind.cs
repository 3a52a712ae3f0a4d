namespace JobcenterTilsyn.Data.Import;

/// <summary>The four import files of the data contract. <see cref="ImportCodes.Code(ImportKind)"/> is the file's base name.</summary>
public enum ImportKind
{
    Ydelsesforloeb,
    Indsatser,
    Samtaler,
    Rammevilkaar,
}
