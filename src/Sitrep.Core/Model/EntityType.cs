namespace Sitrep.Core.Model;

/// <summary>Entity types of codebook section 2, written in lower case in the output.</summary>
public enum EntityType
{
    Person,
    Organization,
    Country,
    Place,
    Installation,
    Group,
    Unknown,
}

public static class EntityTypeNames
{
    public static string ToWire(this EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Country => "country",
        EntityType.Place => "place",
        EntityType.Installation => "installation",
        EntityType.Group => "group",
        _ => "unknown",
    };
}
