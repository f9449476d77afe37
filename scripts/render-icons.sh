#!/bin/sh
# Renders the view icons of resources/icons/src/*.svg into the PNGs the program embeds, at
# 24 and 48 pixels (ImageMagick: apt-get install imagemagick). Run after changing an SVG.
set -eu
cd "$(dirname "$0")/../resources/icons"
for svg in src/*.svg; do
    name=$(basename "$svg" .svg)
    convert -background none -density 384 "$svg" -resize 48x48 "$name@2x.png"
    convert -background none -density 192 "$svg" -resize 24x24 "$name.png"
done
