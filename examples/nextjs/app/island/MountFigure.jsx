"use client";
// The figure drawn by a server component carries its data (embedData): this component mounts over it
// with no props but its id. The figure, data included, is then in the HTML and in React's payload.
import { averages } from "poll-trend/average";
import { useEffect } from "react";
import { mountFigure } from "poll-trend/dom";

export function MountFigure({ id }) {
  useEffect(() => {
    const chart = mountFigure(document.getElementById(id), { averages });
    return () => chart.destroy();
  }, [id]);
  return null;
}
