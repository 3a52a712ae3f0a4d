namespace JobcenterTilsyn.Domain.Tid;

/// <summary>Calendar days in Danish time: a deadline "today" means today in Copenhagen, whatever the server's zone.</summary>
public static class DanskTid
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateOnly Dato(DateTimeOffset tidspunkt) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(tidspunkt, Zone).DateTime);

    public static DateTimeOffset Lokal(DateTimeOffset tidspunkt) => TimeZoneInfo.ConvertTime(tidspunkt, Zone);
}
