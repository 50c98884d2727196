namespace YouTubeStudio.Core.YouTube.Publishing;

/// <summary>A channel's publishing rhythm: <paramref name="VideosPerDay"/> slots a day from <paramref name="PublishTime"/>, in <paramref name="TimeZone"/> (IANA).</summary>
public sealed record AutoPublishSchedule(int VideosPerDay, TimeOnly PublishTime, string TimeZone);
