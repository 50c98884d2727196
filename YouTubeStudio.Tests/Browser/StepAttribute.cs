namespace YouTubeStudio.Tests.Browser;

/// <summary>The position of a browser journey step: later steps build on what earlier ones created.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StepAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}
