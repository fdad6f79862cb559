/** The vnu-jar package exports the path of the bundled vnu.jar. */
declare module 'vnu-jar' {
	const jarPath: string;
	export default jarPath;
}
