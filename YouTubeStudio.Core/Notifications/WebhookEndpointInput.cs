namespace YouTubeStudio.Core.Notifications;

/// <summary>What a person types to create or change an endpoint; null events means all ("*").</summary>
public sealed record WebhookEndpointInput(string? Name, string? Url, IReadOnlyList<string>? Events, bool IsActive = true);
