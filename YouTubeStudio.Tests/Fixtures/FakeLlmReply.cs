namespace YouTubeStudio.Tests.Fixtures;

/// <summary>One scripted answer of <see cref="FakeLlmServer"/>: a chat completion with <see cref="Content"/>, or an HTTP error.</summary>
public sealed record FakeLlmReply(int StatusCode, string? Content, int PromptTokens = 0, int CompletionTokens = 0, TimeSpan Delay = default)
{
    public static FakeLlmReply Completion(string content, int promptTokens = 120, int completionTokens = 340) =>
        new(200, content, promptTokens, completionTokens);

    public static FakeLlmReply Error(int statusCode) => new(statusCode, null);
}
