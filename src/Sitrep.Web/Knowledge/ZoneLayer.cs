using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Geometries.Utilities;

namespace Sitrep.Web.Knowledge;

/// <summary>An agreed or declared zone of the knowledge base, with its polygon prepared for point-in-polygon tests.</summary>
public sealed record Zone(string Id, string Name, string? Kind, IPreparedGeometry Area);

/// <summary>The zones of data/kb/zones.geojson: which zones contain a point, and the layer as GeoJSON for the map.</summary>
public sealed class ZoneLayer
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    private readonly ConcurrentDictionary<(double X, double Y), IReadOnlyList<string>> _byPoint = new();

    public ZoneLayer(IReadOnlyList<Zone> zones, JsonObject geoJson)
    {
        Zones = zones;
        GeoJson = geoJson;
    }

    public IReadOnlyList<Zone> Zones { get; }

    /// <summary>The file's FeatureCollection as read (all properties kept).</summary>
    public JsonObject GeoJson { get; }

    public static ZoneLayer Read(string path)
    {
        if (!File.Exists(path))
        {
            return new ZoneLayer([], new JsonObject { ["type"] = "FeatureCollection", ["features"] = new JsonArray() });
        }

        var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path}: not a GeoJSON object");
        var zones = new List<Zone>();
        foreach (var feature in root["features"]?.AsArray() ?? [])
        {
            var props = feature?["properties"];
            var geometry = feature?["geometry"];
            if (props?["id"] is null || geometry is null)
            {
                continue;
            }

            // Hand-drawn rings can self-intersect; a fixed polygon keeps the containment test well defined.
            var area = GeometryFixer.Fix(GeoJsonGeometry.Read(geometry, Wgs84));
            zones.Add(new Zone((string)props["id"]!, (string?)props["name"] ?? (string)props["id"]!, (string?)props["kind"], PreparedGeometryFactory.Prepare(area)));
        }

        return new ZoneLayer(zones, root);
    }

    /// <summary>Ids of the zones containing the point (on the boundary counts as inside).</summary>
    public IReadOnlyList<string> Containing(double? lat, double? lon)
    {
        if (lat is not double y || lon is not double x || Zones.Count == 0)
        {
            return [];
        }

        // Facts cluster on the gazetteer's points, so each point is tested once and its (shared, read-only) answer kept.
        return _byPoint.GetOrAdd((x, y), p =>
        {
            var point = Wgs84.CreatePoint(new Coordinate(p.X, p.Y));
            var ids = Zones.Where(z => z.Area.Covers(point)).Select(z => z.Id).ToArray();
            return ids.Length == 0 ? [] : ids;
        });
    }
}
