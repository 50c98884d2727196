namespace YouTubeStudio.Core.Analytics;

/// <summary>What an import writes (or would write) per table.</summary>
public sealed record ImportCounts(UpsertCounts ChannelDays, UpsertCounts VideoDays, UpsertCounts Videos)
{
    public static readonly ImportCounts None = new(UpsertCounts.None, UpsertCounts.None, UpsertCounts.None);

    public int Inserted => ChannelDays.Inserted + VideoDays.Inserted + Videos.Inserted;
    public int Updated => ChannelDays.Updated + VideoDays.Updated + Videos.Updated;
    public int Unchanged => ChannelDays.Unchanged + VideoDays.Unchanged + Videos.Unchanged;
    public int Skipped => ChannelDays.Skipped + VideoDays.Skipped + Videos.Skipped;
}
