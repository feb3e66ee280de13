package de.buergerinfo.kiosk.archfixture.cycle.b;

/** The other half of a package cycle, on purpose. */
public class Second {
  de.buergerinfo.kiosk.archfixture.cycle.a.First first;
}
