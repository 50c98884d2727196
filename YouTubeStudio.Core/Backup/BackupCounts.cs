namespace YouTubeStudio.Core.Backup;

/// <summary>What the backed-up database held, so an operator can tell archives apart.</summary>
public sealed record BackupCounts(int Channels, int Videos);
