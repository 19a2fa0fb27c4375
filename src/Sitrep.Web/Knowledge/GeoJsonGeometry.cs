using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;

namespace Sitrep.Web.Knowledge;

/// <summary>
/// Reads GeoJSON geometries into NetTopologySuite (the NetTopologySuite GeoJSON packages do not restore from the
/// package mirror this project builds against). Coordinates are [longitude, latitude].
/// </summary>
public static class GeoJsonGeometry
{
    public static Geometry Read(JsonNode geometry, GeometryFactory factory)
    {
        var c = geometry["coordinates"] ?? throw new InvalidDataException("a geometry without coordinates");
        return (string?)geometry["type"] switch
        {
            "Point" => factory.CreatePoint(Coordinate(c)),
            "LineString" => factory.CreateLineString(Coordinates(c)),
            "Polygon" => Polygon(c, factory),
            "MultiPolygon" => factory.CreateMultiPolygon(c.AsArray().Select(p => Polygon(p!, factory)).ToArray()),
            var other => throw new InvalidDataException($"unsupported geometry type '{other}'"),
        };
    }

    private static Coordinate Coordinate(JsonNode n) => new(n[0]!.GetValue<double>(), n[1]!.GetValue<double>());

    private static Coordinate[] Coordinates(JsonNode n) => n.AsArray().Select(x => Coordinate(x!)).ToArray();

    private static Polygon Polygon(JsonNode rings, GeometryFactory factory)
    {
        var all = rings.AsArray().Select(r => factory.CreateLinearRing(Coordinates(r!))).ToArray();
        return factory.CreatePolygon(all[0], all[1..]);
    }
}
