/** Equirectangular distance: exact enough at the few hundred km these thresholds care about. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  let dLon = Math.abs(lon1 - lon2);
  if (dLon > 180) dLon = 360 - dLon;
  const x = dLon * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat1 - lat2) * rad;
  return 6371 * Math.sqrt(x * x + y * y);
}
