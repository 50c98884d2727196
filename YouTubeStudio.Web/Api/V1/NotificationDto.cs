using YouTubeStudio.Core.Notifications;

namespace YouTubeStudio.Web.Api.V1;

public sealed record NotificationDto(long Id, string Kind, string Title, string? Message, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static NotificationDto From(Notification n) => new(n.Id, n.Kind, n.Title, n.Message, n.Link, n.CreatedAt, n.ReadAt);
}
