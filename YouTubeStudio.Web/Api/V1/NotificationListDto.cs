namespace YouTubeStudio.Web.Api.V1;

/// <summary>The caller's notifications, newest first, and how many are unread.</summary>
public sealed record NotificationListDto(int Unread, List<NotificationDto> Items);
