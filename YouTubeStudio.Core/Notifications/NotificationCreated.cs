using YouTubeStudio.Core.Events;

namespace YouTubeStudio.Core.Notifications;

/// <summary>An in-app notification was stored for a user; that user's bell re-counts.</summary>
public sealed record NotificationCreated(DateTimeOffset At, string UserId, string Title) : StudioEvent(At);
