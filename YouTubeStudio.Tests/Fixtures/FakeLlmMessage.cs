namespace YouTubeStudio.Tests.Fixtures;

public sealed record FakeLlmMessage(string Role, string Content);
