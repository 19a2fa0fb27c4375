using Xunit;

namespace Sitrep.Store.Tests.Scale;

/// <summary>The tests that start many command-line processes run one after the other, so that they do not time each other.</summary>
[CollectionDefinition(Name)]
public sealed class ScaleTestGroup
{
    public const string Name = "scale";
}
