using System.Text.Json;

namespace YouTubeStudio.Tests.Fixtures;

/// <summary>A request <see cref="FakeLlmServer"/> received: path, Authorization header, model and messages as sent.</summary>
public sealed record FakeLlmRequest(string Path, string? Authorization, string? Model, IReadOnlyList<FakeLlmMessage> Messages, JsonElement Body);
